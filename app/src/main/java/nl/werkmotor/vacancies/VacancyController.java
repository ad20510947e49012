package nl.werkmotor.vacancies;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.QueryNumber;

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
        List<InvalidParam> invalid = new ArrayList<>();
        int number = QueryNumber.parse(page, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        if (number < 0) {
            invalid.add(new InvalidParam("page", new Message("page moet een getal vanaf 1 zijn, niet '" + page + "'.",
                    "page must be a number from 1, not '" + page + "'.")));
        }
        int size = QueryNumber.parse(pageSize, 1, MAX_PAGE_SIZE);
        if (size < 0) {
            invalid.add(new InvalidParam("pageSize", new Message("pageSize moet een getal van 1 tot en met "
                    + MAX_PAGE_SIZE + " zijn, niet '" + pageSize + "'.", "pageSize must be a number from 1 to "
                    + MAX_PAGE_SIZE + ", not '" + pageSize + "'.")));
        }
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        return vacancies.page((number - 1) * size, size);
    }
}
