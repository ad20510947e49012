package nl.werkmotor.toolbox;

import java.time.LocalDate;

import nl.werkmotor.web.ApiProblem.Message;

/** No evaluation: the person or the vacancy does not exist, or no edition was in force on the date. */
public class NoSuchEvaluation extends RuntimeException {

    private final Message title;
    private final Message detail;

    NoSuchEvaluation(Message title, Message detail) {
        super(detail.en());
        this.title = title;
        this.detail = detail;
    }

    static NoSuchEvaluation noEdition(LocalDate date) {
        return new NoSuchEvaluation(new Message("Geen editie", "No edition"),
                new Message("Op " + date + " gold nog geen editie van de Toolbox.",
                        "No edition of the Toolbox was in force on " + date + "."));
    }

    static NoSuchEvaluation notFound(String nl, String en) {
        return new NoSuchEvaluation(new Message("Niet gevonden", "Not found"), new Message(nl, en));
    }

    public Message title() {
        return title;
    }

    public Message detail() {
        return detail;
    }
}
