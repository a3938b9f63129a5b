# Runs the production jar built by `./atlas package` (target/kooperationsatlas.jar).
# Build the jar first; the image itself needs no Maven, Node or network access.
FROM eclipse-temurin:21-jre
RUN useradd --system --create-home --home-dir /app atlas
WORKDIR /app
COPY target/kooperationsatlas.jar /app/kooperationsatlas.jar
# Unpack the jar for a faster start (Spring Boot's extract mode).
RUN java -Djarmode=tools -jar kooperationsatlas.jar extract --destination /app/extracted \
    && rm kooperationsatlas.jar && chown -R atlas /app
USER atlas
ENV ATLAS_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider", "-jar", "/app/extracted/kooperationsatlas.jar"]
