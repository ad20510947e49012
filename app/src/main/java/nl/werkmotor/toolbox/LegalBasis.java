package nl.werkmotor.toolbox;

/** The law an instrument rests on, as a WSP sorts its Toolbox. */
public enum LegalBasis {
    /** the municipality's instruments (Participatiewet) */
    PARTICIPATIEWET,
    /** UWV's instruments for people with WW, WIA or Wajong */
    WW_WIA_WAJONG,
    /** tax and premium measures (Wet tegemoetkomingen loondomein, premiekortingen) */
    FISCAL_PREMIUM
}
