package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version} on every command: the project version Maven wrote into version.properties, and the JVM. */
final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "/org/newsgraph/version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "newsgraph " + properties.getProperty("version", "(unknown version: rebuild with mvn package)"),
            "Java ${java.version} (${java.vendor})"
        };
    }
}
