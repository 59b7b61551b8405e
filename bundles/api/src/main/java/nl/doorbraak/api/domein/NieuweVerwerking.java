package nl.doorbraak.api.domein;

/**
 * Een vast te leggen verwerking.
 *
 * @param inwonerPseudoniem het pseudoniem van de inwoner van de casus, zodat het rapport per inwoner compleet is
 * @param grondslag         {@code null}: de grondslag van het platform (AVG art. 6 lid 1 sub e)
 */
public record NieuweVerwerking(String gemeente, String casusId, String inwonerPseudoniem, String handeling,
        String object, String door, String rol, String doel, String grondslag) {
}
