package nl.werkmotor.people;

/** Whether a person's limitation in work is established, and how: what instruments of the Toolbox ask. */
public enum WorkLimitation {
    NONE,
    /** an arbeidsbeperking established by UWV (e.g. in a WIA or Wajong assessment), not in the register */
    ESTABLISHED_BY_UWV,
    /** in UWV's doelgroepregister: the banenafspraak target group */
    DOELGROEPREGISTER
}
