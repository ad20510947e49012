package nl.werkmotor.demoregion;

/** A demo region that cannot be generated as asked, with what to do about it, in Dutch and English. */
public class DemoRegionRefused extends RuntimeException {

    DemoRegionRefused(String dutch, String english) {
        super(dutch + " / " + english);
    }
}
