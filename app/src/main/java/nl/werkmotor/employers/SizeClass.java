package nl.werkmotor.employers;

/** Size by number of employees, in the classes CBS uses for business statistics. */
public enum SizeClass {
    /** 1 to 9 employees */
    MICRO(1, 9),
    /** 10 to 49 */
    SMALL(10, 49),
    /** 50 to 249 */
    MEDIUM(50, 249),
    /** 250 or more */
    LARGE(250, Integer.MAX_VALUE);

    private final int minEmployees;
    private final int maxEmployees;

    SizeClass(int minEmployees, int maxEmployees) {
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    public int minEmployees() {
        return minEmployees;
    }

    public int maxEmployees() {
        return maxEmployees;
    }
}
