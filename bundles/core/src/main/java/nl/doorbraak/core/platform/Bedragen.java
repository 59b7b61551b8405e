package nl.doorbraak.core.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts: at most two decimals, and within what NUMERIC(14, 2) holds. */
public final class Bedragen {

    public static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

    private Bedragen() {
    }

    /** A required amount {@code > 0}; {@code null} after recording the error. */
    public static BigDecimal positief(Invoer invoer, String veld, String label, BigDecimal bedrag) {
        if (bedrag == null) {
            invoer.fout(veld, Invoer.VERPLICHT, label + " is verplicht.");
            return null;
        }
        if (bedrag.signum() <= 0) {
            // never the digits of -1e999999999 written out (a plug-in may call the service directly)
            boolean kort = (long) bedrag.precision() - bedrag.scale() <= 15 && bedrag.scale() <= 15;
            String waarde = kort ? bedrag.toPlainString() : "dit bedrag";
            invoer.fout(veld, Invoer.WAARDE, label + " moet groter zijn dan € 0; " + waarde + " kan niet.");
            return null;
        }
        return binnenGrenzen(invoer, veld, label, bedrag);
    }

    /** An optional amount {@code >= 0}. */
    public static BigDecimal nulOfMeer(Invoer invoer, String veld, String label, BigDecimal bedrag) {
        if (bedrag == null) {
            return null;
        }
        if (bedrag.signum() < 0) {
            invoer.fout(veld, Invoer.WAARDE, label + " kan niet negatief zijn.");
            return null;
        }
        return binnenGrenzen(invoer, veld, label, bedrag);
    }

    private static BigDecimal binnenGrenzen(Invoer invoer, String veld, String label, BigDecimal bedrag) {
        BigDecimal schoon = bedrag.stripTrailingZeros();
        if (schoon.scale() > 2) {
            invoer.fout(veld, Invoer.WAARDE, label + " heeft hoogstens twee cijfers achter de komma (centen).");
            return null;
        }
        if (bedrag.compareTo(MAXIMUM) > 0) {
            invoer.fout(veld, Invoer.WAARDE, label + " is te groot.");
            return null;
        }
        return bedrag.setScale(2);
    }

    /** Dutch notation for messages: {@code € 1.250,00}. */
    public static String tekst(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(bedrag);
    }
}
