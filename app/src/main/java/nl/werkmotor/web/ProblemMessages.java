package nl.werkmotor.web;

import nl.werkmotor.web.ApiProblem.Message;

/** The title and the default message of each API error status, Dutch and English. */
final class ProblemMessages {

    static final Message INVALID = new Message("Een of meer parameters zijn ongeldig: zie invalidParams.",
            "One or more parameters are invalid: see invalidParams.");

    private ProblemMessages() {
    }

    static Message title(int status) {
        return switch (status) {
            case 400 -> new Message("Ongeldig verzoek", "Bad request");
            case 401 -> new Message("Niet ingelogd", "Unauthorized");
            case 403 -> new Message("Geen toegang", "Forbidden");
            case 404 -> new Message("Niet gevonden", "Not found");
            case 405 -> new Message("Methode niet toegestaan", "Method not allowed");
            case 406 -> new Message("Antwoordformaat niet beschikbaar", "Not acceptable");
            case 413 -> new Message("Verzoek te groot", "Content too large");
            case 415 -> new Message("Formaat niet ondersteund", "Unsupported media type");
            case 429 -> new Message("Te veel verzoeken", "Too many requests");
            default -> status >= 500
                    ? new Message("Interne fout", "Internal server error")
                    : new Message("Verzoek niet verwerkt", "Request not processed");
        };
    }

    static Message detail(int status) {
        return switch (status) {
            case 400 -> new Message("Het verzoek klopt niet.", "The request is not valid.");
            case 401 -> new Message("Log in om dit op te vragen.", "Sign in to request this.");
            case 403 -> new Message("U mag dit niet opvragen of wijzigen.", "You may not request or change this.");
            case 404 -> new Message("Hier is niets te vinden: controleer het pad.", "There is nothing here: check the path.");
            case 405 -> new Message("Deze HTTP-methode kan hier niet.", "This HTTP method is not supported here.");
            case 406 -> new Message("Dit antwoord bestaat alleen als JSON.", "This answer exists as JSON only.");
            case 413 -> new Message("Een verzoek aan de API is hoogstens " + ApiRequestSizeLimit.MAX_BYTES / 1024
                    + " kB groot.", "An API request is at most " + ApiRequestSizeLimit.MAX_BYTES / 1024 + " kB.");
            case 415 -> new Message("Stuur JSON.", "Send JSON.");
            case 429 -> new Message("Te veel verzoeken: wacht zo veel seconden als Retry-After zegt.",
                    "Too many requests: wait as many seconds as Retry-After says.");
            default -> status >= 500
                    ? new Message("Er ging iets mis aan onze kant. Probeer het later opnieuw.",
                            "Something went wrong on our side. Please try again later.")
                    : new Message("Het verzoek is niet verwerkt.", "The request was not processed.");
        };
    }
}
