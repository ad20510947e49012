package nl.werkmotor.vacancies;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.PageQuery;

/** {@code GET /api/v1/vacatures?page=&pageSize=}: the vacancies of the region, a page at a time, in id order. */
@RestController
class VacancyController {

    static final int MAX_PAGE_SIZE = 100;

    private final FindVacancies vacancies;

    VacancyController(FindVacancies vacancies) {
        this.vacancies = vacancies;
    }

    /** @throws ApiProblem naming every invalid parameter at once */
    @GetMapping("/api/v1/vacatures")
    List<Vacancy> vacancies(@RequestParam(defaultValue = "1") String page,
                            @RequestParam(defaultValue = "20") String pageSize) {
        PageQuery query = PageQuery.of(page, pageSize, MAX_PAGE_SIZE);
        return vacancies.page(query.offset(), query.pageSize());
    }
}
