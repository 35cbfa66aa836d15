# One image for the three services: `newstally enrich`, `newstally aggregate`, `newstally ingest`.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/newstally.jar /app/newstally.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY samples /app/samples
ENV KAFKA_BOOTSTRAP_SERVERS=kafka:9092
ENTRYPOINT ["java", "-Dnewstally.home=/app", "-cp", "/app/newstally.jar:/app/lib/*", "io.newstally.cli.Newstally"]
