package nl.werkmotor.demoregion.internal;

/**
 * Built-in name lists for fictional people and organisations. Names are common ones, combined at
 * random, so nobody in a demo region is a real person; organisation names are composed
 * ("Van Dijk Logistiek B.V.") and do not name real companies on purpose.
 */
final class Names {

    /** First names as found in a Dutch city, from several generations and backgrounds. */
    static final String[] FIRST = {
            "Anna", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Lisa", "Eva", "Fleur", "Noor", "Iris", "Femke",
            "Anouk", "Esther", "Marloes", "Petra", "Ingrid", "Monique", "Wilma", "Kim", "Chantal", "Naima", "Samira",
            "Yasmina", "Fatma", "Elif", "Priya", "Shanti", "Rowena", "Ilse", "Joyce", "Linda", "Mirjam", "Hanneke",
            "Daan", "Sem", "Lucas", "Milan", "Thijs", "Bram", "Jesse", "Ruben", "Tim", "Niels", "Jeroen", "Martijn",
            "Sander", "Bas", "Erik", "Peter", "Hans", "Kees", "Wim", "Marco", "Patrick", "Dennis", "Mohamed", "Youssef",
            "Mehmet", "Emre", "Anil", "Rishi", "Dwayne", "Kevin", "Stefan", "Rob", "Ricardo", "Tom", "Joost", "Gijs"};

    static final String[] LAST = {
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
            "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
            "Schouten", "van Beek", "Willems", "van Vliet", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam",
            "Prins", "Blom", "Huisman", "Peeters", "Kuipers", "van Wijk", "Postma", "Kramer", "Verbeek", "Yilmaz",
            "Kaya", "El Amrani", "Bouzid", "Ramdin", "Sewnarain", "Martina", "Pinas", "Öztürk", "Benali", "Doğan"};

    /** Names for statushouders, from the countries most refugees in the Netherlands came from. */
    static final String[] NEWCOMER_FIRST = {
            "Ahmad", "Mohammad", "Omar", "Khaled", "Yonas", "Tesfay", "Dawit", "Mahmoud", "Rami", "Samir", "Hassan",
            "Amal", "Rania", "Layla", "Nour", "Hiba", "Selam", "Helen", "Merhawit", "Zahra", "Maryam", "Farida"};

    static final String[] NEWCOMER_LAST = {
            "Al-Hassan", "Haddad", "Khalil", "Mansour", "Tesfamariam", "Gebremedhin", "Haile", "Abraha", "Rahimi",
            "Ahmadi", "Hosseini", "Karimi", "Nasser", "Saleh", "Darwish", "Yousef", "Kidane", "Berhane"};

    /** Provider name patterns; %s is a surname. */
    static final String[] PROVIDERS = {
            "Vakschool %s", "%s Opleidingen B.V.", "Leerwerkhuis %s", "Stichting Leerwerk %s", "%s Academie",
            "Trainingscentrum %s"};

    private Names() {
    }

    /** "van den Berg" as a name's first word: "Van den Berg". */
    static String capitalised(String surname) {
        return Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    }
}
