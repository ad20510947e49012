package nl.werkmotor.employerservice;

import nl.werkmotor.taxonomy.Sector;

/**
 * How the WSP marks an employer.
 *
 * @param sector the sector it files the employer under (a sector plan, a sector team); null: the employer's own
 */
record Mark(boolean keyAccount, Sector sector) {

    static final Mark NONE = new Mark(false, null);
}
