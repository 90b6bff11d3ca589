# Build the production bundle (Vaadin frontend compiled, dev tools left out).
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -Pproduction dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/sitewright-*.jar /src/app.jar

# Run on a JRE, with Node.js for building the generated sites.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/sitewright sitewright
USER sitewright
WORKDIR /var/lib/sitewright
COPY --from=build /src/app.jar /opt/sitewright/app.jar
ENV SITEWRIGHT_DATA_DIR=/var/lib/sitewright/data
# Inside a container the sites must answer on the container's own interface to reach the published ports.
ENV SITEWRIGHT_SITES_BIND_ADDRESS=0.0.0.0
VOLUME /var/lib/sitewright/data
# The studio, and the addresses of previews and production sites it hosts.
EXPOSE 8080 47100-47999
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/sitewright/app.jar"]
