package nl.werkmotor.sectorplans;

import java.time.LocalDate;

/** A joint sector project of a sector plan: what the partners do together, with whom, to what end, from when to when. */
public record SectorProject(String name, String partners, String goal, LocalDate startsOn, LocalDate endsOn) {
}
