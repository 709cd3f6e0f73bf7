#!/bin/sh
# With no arguments: build the articles mounted at /articles into /db, then serve /db on every
# interface of the container (port 3030). With arguments: run that newsgraph command.
set -e
newsgraph() { java -Xmx"${NEWSGRAPH_HEAP:-3g}" -jar /app/newsgraph.jar "$@"; }
if [ "$#" -gt 0 ]; then
  newsgraph "$@"
  exit 0
fi
if [ ! -d /articles ]; then
  echo "newsgraph: mount a folder of articles at /articles (docker run -v \"\$PWD/articles:/articles:ro\" ...)" >&2
  exit 2
fi
newsgraph build /articles --store /db
# exec: java becomes PID 1 and gets docker stop's SIGTERM.
exec java -Xmx"${NEWSGRAPH_HEAP:-3g}" -jar /app/newsgraph.jar serve --store /db --host 0.0.0.0 --port 3030
