# syntax=docker/dockerfile:1
# Build: the same jar `./mvnw package` makes (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -DskipNpm=true dependency:go-offline
COPY src src
# the package step's training start (the list of classes a start loads) reads the campaign file
COPY config config
RUN ./mvnw -B -q -DskipNpm=true -DskipTests package \
 && java -Djarmode=tools -jar target/baocao-bot.jar extract --destination /app

# Run: a JRE, a non-root user, the database in a volume, the campaign file mounted read-only.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app baocao \
 && mkdir -p /app/data /app/config && chown -R baocao /app/data
WORKDIR /app
COPY --from=build /app /app
COPY config/campaign.yml /app/config/campaign.yml
# Start-up in a third of the CPU (docs/PERFORMANCE.md): the extracted jar, a class data sharing
# archive recorded by one training start on this very JVM (it exits once the context is
# refreshed), and C1 only at run time (a chatbot's load never needs C2).
RUN java -XX:ArchiveClassesAtExit=/app/baocao-bot.jsa -Dspring.context.exit=onRefresh -jar /app/baocao-bot.jar \
      --server.port=0 --baocao.db-path=/tmp/training.db \
 && rm -f /tmp/training.db*
USER baocao
ENV BAOCAO_CAMPAIGN_FILE=/app/config/campaign.yml \
    BAOCAO_DB_PATH=/app/data/baocao.db \
    SERVER_PORT=8080
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/baocao-bot.jsa", "-XX:TieredStopAtLevel=1", \
            "-jar", "/app/baocao-bot.jar"]
