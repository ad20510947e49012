package nl.werkmotor.web;

import java.util.ArrayList;
import java.util.List;

import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The {@code page} and {@code pageSize} query parameters of a list in the API, checked together so that
 * a 400 names both when both are wrong.
 *
 * @param page     from 1
 * @param pageSize from 1 to the list's maximum
 */
public record PageQuery(int page, int pageSize) {

    /** @throws ApiProblem naming every invalid parameter at once */
    public static PageQuery of(String page, String pageSize, int maxPageSize) {
        List<InvalidParam> invalid = new ArrayList<>();
        PageQuery query = of(page, pageSize, maxPageSize, invalid);
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        return query;
    }

    /**
     * For a list with more parameters to check: adds a reason to {@code invalid} for each of these two that is
     * wrong (the query is then not to be used), so that one 400 names them with the others.
     */
    public static PageQuery of(String page, String pageSize, int maxPageSize, List<InvalidParam> invalid) {
        int number = QueryNumber.parse(page, 1, Integer.MAX_VALUE / maxPageSize);
        if (number < 0) {
            invalid.add(new InvalidParam("page", new Message("page moet een getal vanaf 1 zijn, niet '" + page + "'.",
                    "page must be a number from 1, not '" + page + "'.")));
        }
        int size = QueryNumber.parse(pageSize, 1, maxPageSize);
        if (size < 0) {
            invalid.add(new InvalidParam("pageSize", new Message("pageSize moet een getal van 1 tot en met "
                    + maxPageSize + " zijn, niet '" + pageSize + "'.", "pageSize must be a number from 1 to "
                    + maxPageSize + ", not '" + pageSize + "'.")));
        }
        return new PageQuery(number, size);
    }

    /** How many items come before this page. */
    public int offset() {
        return (page - 1) * pageSize;
    }
}
