package nl.werkmotor.web;

import java.util.List;

import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Which page of a list an API client asks for ({@code page} from 1, {@code pageSize} up to a maximum),
 * checked so that a controller can name every invalid parameter at once.
 */
public record QueryPage(int number, int size) {

    /** Adds a reason to {@code invalid} for each parameter that is wrong; the page is then not to be used. */
    public static QueryPage parse(String page, String pageSize, int maxPageSize, List<InvalidParam> invalid) {
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
        return new QueryPage(number, size);
    }

    /** How many items come before this page. */
    public int offset() {
        return (number - 1) * size;
    }
}
