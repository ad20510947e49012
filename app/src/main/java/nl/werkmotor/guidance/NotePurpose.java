package nl.werkmotor.guidance;

/**
 * Why a note was written. Required, from this fixed list: a note serves a purpose (AVG art. 5, purpose
 * limitation), and the person reads it in their processing log.
 */
enum NotePurpose {
    BEGELEIDING,
    BEMIDDELING,
    ONTWIKKELING,
    INSTRUMENTEN,
    NAZORG
}
