package nl.werkmotor.toolbox;

import static nl.werkmotor.toolbox.Fact.BANENAFSPRAAK_JOB;
import static nl.werkmotor.toolbox.Fact.BENEFIT;
import static nl.werkmotor.toolbox.Fact.EMPLOYER_IN_REGION;
import static nl.werkmotor.toolbox.Fact.LOONWAARDE_BELOW;
import static nl.werkmotor.toolbox.Fact.MIN_AGE;
import static nl.werkmotor.toolbox.Fact.MIN_CONTRACT_MONTHS;
import static nl.werkmotor.toolbox.Fact.MIN_HOURS_A_WEEK;
import static nl.werkmotor.toolbox.Fact.TARGET_GROUP;
import static nl.werkmotor.toolbox.Fact.WORK_LIMITATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The instruments a WSP works with, with their public conditions (../shared/REFERENCES.md and the sources each rule
 * names), as the first edition a region starts from. Every rule is marked "to be checked by the region": the
 * beheerder checks them against the region's own regulations in the next edition. Where a measure is national the
 * amounts are the public ones; the plaatsingspremie is a municipality's own (no national instrument), so its
 * amount is an example the region sets.
 */
final class StartingToolbox {

    static final String PARTICIPATIEWET_10D = "Participatiewet art. 10d; https://wetten.overheid.nl/BWBR0015703";
    static final String LKV = "Wet tegemoetkomingen loondomein hoofdstuk 2; https://wetten.overheid.nl/BWBR0037522; kst-36458-5";
    static final String WAJONG_LOONDISPENSATIE = "Wajong art. 2:20; https://www.uwv.nl/werkgevers/werknemer-met-ziekte-of-handicap/loondispensatie";
    static final String NO_RISK = "Ziektewet art. 29b; https://www.uwv.nl/werkgevers/werknemer-met-ziekte-of-handicap/no-riskpolis";
    static final String JOBCOACH = "Regeling jobcoaching (UWV, Wet WIA art. 35); https://www.uwv.nl/werkgevers/werknemer-met-ziekte-of-handicap/jobcoach";
    static final String PROEF = "Beleidsregel proefplaatsing UWV, Stcrt. 2012, 25702";
    static final String VOORZIENINGEN = "Protocol Voorzieningen UWV 2021, BWBR0046028; Participatiewet art. 10da";
    static final String PREMIE = "Re-integratieverordening van de gemeente (voorbeeld: CVDR436333, art. 10a lid 6 Participatiewet)";
    static final String PRAKTIJKROUTE = "Besluit praktijkroute (sinds 1 januari 2017); https://www.inlichtingenbureau.nl";
    static final String BESCHUT = "Participatiewet art. 10b; https://wetten.overheid.nl/BWBR0015703";
    static final String VOUCHER = "Regeling scholingsvoucher gemeente Rotterdam (regionaal te controleren)";

    static final Set<String> ANY_BENEFIT = Set.of("BIJSTAND", "WW", "WIA", "WAJONG");

    private StartingToolbox() {
    }

    /** The first edition's instruments, in the order the Toolbox page shows them. */
    static List<Instrument> instruments() {
        return List.of(
                new Instrument("LOONKOSTENSUBSIDIE", "Loonkostensubsidie", "Wage cost subsidy", LegalBasis.PARTICIPATIEWET,
                        "Gemeente", List.of("gemeente", "WSP"),
                        new Offer(null, false, 70, null, null,
                                "Het verschil tussen het minimumloon en de loonwaarde, tot 70% van het minimumloon, plus 23,5% voor werkgeverslasten. De eerste 6 maanden mag de gemeente 50% geven.",
                                "The difference between the minimum wage and the loonwaarde, up to 70% of the minimum wage, plus 23.5% for employer costs. For the first 6 months the municipality may give 50%."),
                        "Voor mensen die onder de Participatiewet vallen en niet het minimumloon kunnen verdienen. Een loonwaardedeskundige meet de loonwaarde op de werkplek.",
                        "For people under the Participatiewet who cannot earn the minimum wage. A loonwaarde expert measures the loonwaarde at the workplace.",
                        List.of(EligibilityRule.of(TARGET_GROUP, Set.of("BIJSTAND", "BANENAFSPRAAK", "PRO_VSO",
                                        "BEMIDDELBAAR_ARBEIDSBEPERKT", "BESCHUT_WERK"), null, PARTICIPATIEWET_10D),
                                EligibilityRule.of(LOONWAARDE_BELOW, Set.of(), 100, PARTICIPATIEWET_10D)), null, null),
                new Instrument("LOONDISPENSATIE", "Loondispensatie", "Wage dispensation", LegalBasis.WW_WIA_WAJONG, "UWV",
                        List.of("UWV", "WSP"),
                        new Offer(null, false, null, null, 60,
                                "De werkgever betaalt loon naar de loonwaarde; UWV vult het inkomen aan. Van 6 maanden tot 5 jaar, te verlengen.",
                                "The employer pays wages by the loonwaarde; UWV tops up the income. From 6 months to 5 years, can be extended."),
                        "Voor mensen met Wajong die minstens 25% minder productief zijn, voor minstens 6 maanden. UWV meet de loonwaarde.",
                        "For people with Wajong who are at least 25% less productive, for at least 6 months. UWV measures the loonwaarde.",
                        List.of(EligibilityRule.of(BENEFIT, Set.of("WAJONG"), null, WAJONG_LOONDISPENSATIE),
                                EligibilityRule.of(LOONWAARDE_BELOW, Set.of(), 76, WAJONG_LOONDISPENSATIE),
                                EligibilityRule.of(MIN_CONTRACT_MONTHS, Set.of(), 6, WAJONG_LOONDISPENSATIE)), null, null),
                new Instrument("LOONDISPENSATIE_WIA_IVA", "Loondispensatie voor WIA-IVA en Wajong-DGA (tijdelijk)",
                        "Wage dispensation for WIA-IVA and Wajong-DGA (temporary)", LegalBasis.WW_WIA_WAJONG, "UWV",
                        List.of("UWV", "WSP"),
                        new Offer(null, false, null, null, 60,
                                "Als loondispensatie: loon naar de loonwaarde.", "As wage dispensation: wages by the loonwaarde."),
                        "Tijdelijke regeling van 22 april 2023 tot en met 31 oktober 2026.",
                        "Temporary measure from 22 April 2023 to 31 October 2026.",
                        List.of(EligibilityRule.of(BENEFIT, Set.of("WIA", "WAJONG"), null,
                                        "Tijdelijke regeling loondispensatie WIA-IVA/Wajong-DGA; https://www.wspavregio.nl/subsidies/loondispensatie-landelijk"),
                                EligibilityRule.of(LOONWAARDE_BELOW, Set.of(), 76, WAJONG_LOONDISPENSATIE)),
                        LocalDate.of(2023, 4, 22), LocalDate.of(2026, 10, 31)),
                new Instrument("LKV_OUDERE_WERKNEMER", "Loonkostenvoordeel oudere werknemer", "Wage cost benefit older employee",
                        LegalBasis.FISCAL_PREMIUM, "Belastingdienst (doelgroepverklaring van UWV of gemeente)",
                        List.of("werkgever"),
                        new Offer(new BigDecimal("1.35"), true, null, new BigDecimal("2600"), 12,
                                "€ 1,35 per verloond uur, hoogstens € 2.600 per jaar. Banen die in 2026 of later beginnen krijgen niets meer.",
                                "€1.35 per paid hour, at most €2,600 a year. Jobs that start in 2026 or later get nothing."),
                        "Voor werknemers van 56 jaar of ouder die uit een uitkering komen. Wordt afgebouwd.",
                        "For employees aged 56 or older who come from a benefit. Being phased out.",
                        List.of(EligibilityRule.of(MIN_AGE, Set.of(), 56, LKV),
                                EligibilityRule.of(BENEFIT, ANY_BENEFIT, null, LKV)), null, LocalDate.of(2025, 12, 31)),
                new Instrument("LKV_ARBEIDSGEHANDICAPTE", "Loonkostenvoordeel arbeidsgehandicapte werknemer",
                        "Wage cost benefit disabled employee", LegalBasis.FISCAL_PREMIUM,
                        "Belastingdienst (doelgroepverklaring van UWV)", List.of("werkgever"),
                        new Offer(new BigDecimal("3.05"), true, null, new BigDecimal("6000"), 36,
                                "€ 3,05 per verloond uur, hoogstens € 6.000 per jaar, 3 jaar lang.",
                                "€3.05 per paid hour, at most €6,000 a year, for 3 years."),
                        "Vraag de doelgroepverklaring binnen 3 maanden na de eerste werkdag aan.",
                        "Ask for the target group statement within 3 months of the first working day.",
                        List.of(EligibilityRule.of(WORK_LIMITATION, Set.of(), null, LKV),
                                EligibilityRule.of(BENEFIT, Set.of("WIA", "WAJONG"), null, LKV)), null, null),
                new Instrument("LKV_HERPLAATSEN", "Loonkostenvoordeel herplaatsen arbeidsgehandicapte werknemer",
                        "Wage cost benefit re-employing a disabled employee", LegalBasis.FISCAL_PREMIUM, "Belastingdienst",
                        List.of("werkgever"),
                        new Offer(new BigDecimal("3.05"), true, null, new BigDecimal("6000"), 12,
                                "€ 3,05 per verloond uur, hoogstens € 6.000 per jaar, 1 jaar lang.",
                                "€3.05 per paid hour, at most €6,000 a year, for 1 year."),
                        "Voor een eigen werknemer die na ziekte in een andere functie terugkomt.",
                        "For one's own employee who returns in another job after illness.",
                        List.of(EligibilityRule.of(WORK_LIMITATION, Set.of(), null, LKV),
                                EligibilityRule.of(BENEFIT, Set.of("WIA"), null, LKV)), null, null),
                new Instrument("LKV_BANENAFSPRAAK", "Loonkostenvoordeel doelgroep banenafspraak en scholingsbelemmerden",
                        "Wage cost benefit banenafspraak target group", LegalBasis.FISCAL_PREMIUM,
                        "Belastingdienst (doelgroepverklaring van UWV)", List.of("werkgever"),
                        new Offer(new BigDecimal("1.01"), true, null, new BigDecimal("2000"), 36,
                                "€ 1,01 per verloond uur, hoogstens € 2.000 per jaar, 3 jaar lang.",
                                "€1.01 per paid hour, at most €2,000 a year, for 3 years."),
                        "Voor mensen in het doelgroepregister banenafspraak.",
                        "For people in the banenafspraak target group register.",
                        List.of(EligibilityRule.of(TARGET_GROUP, Set.of("BANENAFSPRAAK"), null, LKV)), null, null),
                new Instrument("NO_RISK_POLIS", "No-riskpolis", "No-risk policy", LegalBasis.WW_WIA_WAJONG, "UWV",
                        List.of("UWV", "gemeente", "WSP"),
                        new Offer(null, false, null, null, 60,
                                "Als de werknemer ziek wordt, betaalt UWV een Ziektewet-uitkering. 5 jaar, bij Wajong zolang de werknemer werkt.",
                                "If the employee falls ill, UWV pays a sickness benefit. 5 years; with Wajong as long as the employee works."),
                        "Voor werknemers uit het doelgroepregister, met Wajong of WIA.",
                        "For employees from the target group register, with Wajong or WIA.",
                        List.of(EligibilityRule.of(TARGET_GROUP, Set.of("BANENAFSPRAAK", "WAJONG", "WIA", "BESCHUT_WERK"),
                                null, NO_RISK)), null, null),
                new Instrument("JOBCOACHING", "Jobcoaching", "Job coaching", LegalBasis.WW_WIA_WAJONG, "UWV of gemeente",
                        List.of("UWV", "gemeente", "WSP"),
                        new Offer(null, false, 15, null, 36,
                                "Begeleiding op het werk: tot 15% van de werkuren in jaar 1, 7,5% in jaar 2 en 6% in jaar 3.",
                                "Support at work: up to 15% of working hours in year 1, 7.5% in year 2 and 6% in year 3."),
                        "Contract van minstens 12 uur per week en 6 maanden, met minstens 35% van het minimumloon.",
                        "Contract of at least 12 hours a week and 6 months, paying at least 35% of the minimum wage.",
                        List.of(EligibilityRule.of(WORK_LIMITATION, Set.of(), null, JOBCOACH),
                                EligibilityRule.of(MIN_HOURS_A_WEEK, Set.of(), 12, JOBCOACH),
                                EligibilityRule.of(MIN_CONTRACT_MONTHS, Set.of(), 6, JOBCOACH)), null, null),
                new Instrument("PROEFPLAATSING", "Proefplaatsing", "Trial placement", LegalBasis.WW_WIA_WAJONG,
                        "UWV of gemeente", List.of("UWV", "gemeente", "WSP"),
                        new Offer(null, false, null, null, 2,
                                "Tot 2 maanden onbetaald meewerken; de werknemer houdt de uitkering.",
                                "Up to 2 months of unpaid work; the employee keeps the benefit."),
                        "De werkgever wil daarna een contract van minstens 6 maanden geven. Geen verdringing van andere werknemers.",
                        "The employer intends a contract of at least 6 months afterwards. No displacement of other workers.",
                        List.of(EligibilityRule.of(BENEFIT, ANY_BENEFIT, null, PROEF),
                                EligibilityRule.of(MIN_CONTRACT_MONTHS, Set.of(), 6, PROEF)), null, null),
                new Instrument("WERKPLEKAANPASSING", "Werkplekaanpassing", "Workplace adjustment", LegalBasis.WW_WIA_WAJONG,
                        "UWV of gemeente", List.of("UWV", "gemeente"),
                        new Offer(null, false, null, null, null,
                                "Vergoeding van de goedkoopste passende aanpassing van de werkplek, boven een drempelbedrag.",
                                "Payment for the cheapest adequate adjustment of the workplace, above a threshold amount."),
                        "Niet voor wat een werkgever gewoonlijk toch al levert.",
                        "Not for what an employer normally provides anyway.",
                        List.of(EligibilityRule.of(WORK_LIMITATION, Set.of(), null, VOORZIENINGEN)), null, null),
                new Instrument("PLAATSINGSPREMIE", "Plaatsingspremie", "Placement premium", LegalBasis.PARTICIPATIEWET,
                        "Gemeente", List.of("gemeente", "WSP"),
                        new Offer(new BigDecimal("2000"), false, null, null, null,
                                "Eenmalig € 2.000 voor de werkgever (bedrag van de gemeente zelf).",
                                "A single €2,000 for the employer (the municipality's own amount)."),
                        "Regionale regeling; geen landelijk instrument. Voor iemand uit de bijstand.",
                        "A regional measure; not a national instrument. For someone on social assistance.",
                        List.of(EligibilityRule.of(BENEFIT, Set.of("BIJSTAND"), null, PREMIE),
                                EligibilityRule.of(MIN_CONTRACT_MONTHS, Set.of(), 6, PREMIE),
                                EligibilityRule.of(EMPLOYER_IN_REGION, Set.of(), null, PREMIE)), null, null),
                new Instrument("PRAKTIJKROUTE", "Praktijkroute doelgroepregister", "Practice route to the target group register",
                        LegalBasis.PARTICIPATIEWET, "Gemeente", List.of("gemeente"),
                        new Offer(null, false, null, null, null,
                                "Opname in het doelgroepregister na een loonwaardemeting op de werkplek, zonder beoordeling door UWV. Dat opent banenafspraakbanen.",
                                "Entry in the target group register after a loonwaarde assessment at the workplace, without a UWV assessment. That opens banenafspraak jobs."),
                        "De gemeente meet de loonwaarde op de werkplek; die ligt onder het minimumloon.",
                        "The municipality assesses the loonwaarde at the workplace; it is below the minimum wage.",
                        List.of(EligibilityRule.of(LOONWAARDE_BELOW, Set.of(), 100, PRAKTIJKROUTE),
                                EligibilityRule.of(BANENAFSPRAAK_JOB, Set.of(), null, PRAKTIJKROUTE)), null, null),
                new Instrument("BESCHUT_WERK", "Beschut werk", "Sheltered work", LegalBasis.PARTICIPATIEWET, "Gemeente",
                        List.of("gemeente"),
                        new Offer(null, false, null, null, null,
                                "Een werkplek met veel begeleiding en aanpassing; betaald uit loonkostensubsidie, LIV en bonus.",
                                "A workplace with much support and adjustment; paid from wage cost subsidy, LIV and a bonus."),
                        "Eerst een positief advies van UWV; de gemeente heeft een maximum aantal plekken.",
                        "First a positive UWV advice; the municipality has a maximum number of places.",
                        List.of(EligibilityRule.of(TARGET_GROUP, Set.of("BESCHUT_WERK"), null, BESCHUT)), null, null),
                new Instrument("SCHOLINGSVOUCHER", "Scholingsvoucher (Rotterdam)", "Training voucher (Rotterdam)",
                        LegalBasis.PARTICIPATIEWET, "Gemeente Rotterdam", List.of("gemeente", "WSP"),
                        new Offer(new BigDecimal("2500"), false, null, null, null,
                                "Een opleiding tot en met mbo 4, hoogstens € 2.500.",
                                "Training up to mbo level 4, at most €2,500."),
                        "Voor wie werk zoekt en met een opleiding een baan krijgt bij een werkgever in de regio.",
                        "For someone looking for work who gets a job with training at an employer in the region.",
                        List.of(EligibilityRule.of(BENEFIT, Set.of("BIJSTAND", "WW"), null, VOUCHER),
                                EligibilityRule.of(EMPLOYER_IN_REGION, Set.of(), null, VOUCHER)), null, null));
    }

    /**
     * The demo region's next edition (1 March): a changed amount and a changed rule, so that the boundary shows.
     * Example changes of the demo, not a real decision.
     */
    static List<Instrument> demoNextEdition(List<Instrument> current) {
        return current.stream().map(i -> switch (i.code()) {
            case "SCHOLINGSVOUCHER" -> i.withOffer(new Offer(new BigDecimal("2700"), false, null, null, null,
                    "Een opleiding tot en met mbo 4, hoogstens € 2.700.", "Training up to mbo level 4, at most €2,700."));
            case "PLAATSINGSPREMIE" -> i.withRules(i.rules().stream()
                    .map(r -> r.fact() == MIN_CONTRACT_MONTHS ? r.withNumber(12) : r).toList());
            default -> i;
        }).toList();
    }

    static final String DEMO_CHANGE = "Voorbeeld in de demoregio: de scholingsvoucher wordt hoogstens € 2.700 (mbo-4-opleidingen "
            + "kosten vaker meer) en de plaatsingspremie vraagt een contract van minstens 12 maanden (praktijk: premies "
            + "bij korte contracten leidden niet tot duurzaam werk).";
}
