package nl.werkmotor.employerservice;

import java.time.LocalDate;

import nl.werkmotor.employers.EmployerDailyLimits.Activity;
import nl.werkmotor.employers.Employer;

/**
 * An employer whose own account was refused above a daily limit on a day: for the WSP to follow up (is it a large
 * employer that needs help, or someone probing the showcase?).
 *
 * @param refused how often that day
 */
record LimitNotice(Employer employer, LocalDate day, Activity activity, int limit, int refused) {
}
