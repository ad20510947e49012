package nl.werkmotor.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/vacatures}: signed in only, paged, every invalid parameter named. */
@WerkmotorTest
class VacanciesApiIT {

    private ApiSession api;

    @BeforeEach
    void session(@LocalServerPort int port) {
        api = new ApiSession(port);
    }

    @Test
    void aBadPageSizeIsA400ProblemNamingIt() throws Exception {
        api.signIn("klantmanager");

        JsonNode problem = api.problem(api.get("/api/v1/vacatures?pageSize=abc"), 400);
        assertThat(problem.get("invalidParams").get(0).get("name").asString()).isEqualTo("pageSize");

        assertThat(api.problem(api.get("/api/v1/vacatures?page=0&pageSize=101"), 400).get("invalidParams")
                .valueStream().map(p -> p.get("name").asString())).containsExactly("page", "pageSize");
    }

    @Test
    void pagesFollowEachOtherInIdOrder() throws Exception {
        api.signIn("accountmanager");

        JsonNode first = api.ok(api.get("/api/v1/vacatures?pageSize=2"));
        JsonNode second = api.ok(api.get("/api/v1/vacatures?page=2&pageSize=2"));

        assertThat(first.size()).isLessThanOrEqualTo(2);
        if (first.size() == 2 && !second.isEmpty()) {
            assertThat(second.get(0).get("id").asLong()).isGreaterThan(first.get(1).get("id").asLong());
        }
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        api.problem(api.get("/api/v1/vacatures"), 401);
    }
}
