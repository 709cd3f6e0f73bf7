# newsgraph in a container: build the graph of a mounted folder of articles and serve it.
#   docker build -t newsgraph .
#   docker run --rm -p 3030:3030 -v "$PWD/data/articles:/articles:ro" newsgraph
# then open http://localhost:3030/. Any other command runs as given:
#   docker run --rm -v "$PWD/db:/db" newsgraph query people-and-roles --store /db
FROM maven:3.9-eclipse-temurin-17 AS build
# npm: the build fetches the Yasgui SPARQL editor from the npm registry (src/build/fetch-yasgui.sh).
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml ./
COPY src ./src
COPY ontology ./ontology
COPY queries ./queries
COPY data/gazetteer ./data/gazetteer
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/lib ./lib
COPY --from=build /src/target/newsgraph.jar ./newsgraph.jar
COPY docker/entrypoint.sh ./entrypoint.sh
ENV NEWSGRAPH_HEAP=3g
VOLUME ["/db"]
EXPOSE 3030
ENTRYPOINT ["/app/entrypoint.sh"]
