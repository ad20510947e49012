package nl.werkmotor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.werkmotor.WerkmotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@WerkmotorTest
class StartingTheApplicationIT {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnARealPostgresWithTheSchemaMigrated() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
    }

    @Test
    void reportsHealthAndPrometheusMetricsOnTheManagementPort() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    /** Item 9 of issue 12: the metrics were public on the application port. */
    @Test
    void theApplicationPortHasTheProbesButNoMetrics() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String probe : new String[] {"/livez", "/readyz"}) {
            HttpResponse<String> answer = get(port, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
        }
        for (String hidden : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/metrics"}) {
            HttpResponse<String> answer = get(port, hidden);
            assertThat(answer.statusCode()).as(hidden).isNotEqualTo(200);
            assertThat(answer.body()).as(hidden).doesNotContain("jvm_", "\"components\"");
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
