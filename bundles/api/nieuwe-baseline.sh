#!/bin/sh
# Makes the api as it is now the baseline that later builds are compared with: run it once, right after releasing
# the api with the version in api.versie (root pom.xml). Usage: bundles/api/nieuwe-baseline.sh
# It builds bundles/api, stores its jar in bundles/api/baseline/ (a Maven repository in the repo, so the check works
# offline) and points api.baseline in bundles/api/pom.xml at it. Commit the result. See bundles/api/README.md.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VERSIE=$(sed -n 's#.*<api.versie>\(.*\)</api.versie>.*#\1#p' pom.xml)
[ -n "$VERSIE" ] || { echo "api.versie niet gevonden in pom.xml" >&2; exit 1; }
DOEL="bundles/api/baseline/nl/doorbraak/nl.doorbraak.api/$VERSIE"
if [ -e "$DOEL" ]; then
  echo "De baseline $VERSIE bestaat al ($DOEL): een uitgebrachte versie verandert niet meer." >&2
  exit 1
fi
# verify: the new baseline must itself pass the check against the previous one
./mvnw -q -B -pl bundles/api -am verify -DskipTests
JAR=$(ls bundles/api/target/nl.doorbraak.api-*.jar | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$')
BUNDLE_VERSIE=$(unzip -p "$JAR" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')
[ "$BUNDLE_VERSIE" = "$VERSIE" ] || { echo "$JAR heeft Bundle-Version $BUNDLE_VERSIE, niet $VERSIE" >&2; exit 1; }
mkdir -p "$DOEL"
cp "$JAR" "$DOEL/nl.doorbraak.api-$VERSIE.jar"
cat > "$DOEL/nl.doorbraak.api-$VERSIE.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<!-- the released api, as the baseline of bnd-baseline-maven-plugin (see bundles/api/README.md) -->
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>nl.doorbraak</groupId>
  <artifactId>nl.doorbraak.api</artifactId>
  <version>$VERSIE</version>
</project>
POM
sed -i "s#<api.baseline>.*</api.baseline>#<api.baseline>$VERSIE</api.baseline>#" bundles/api/pom.xml
echo "Baseline is nu $VERSIE ($DOEL); commit bundles/api/baseline en bundles/api/pom.xml."
