package nl.doorbraak.web.http;

/** ETag en If-Match/If-None-Match voor optimistische vergrendeling ({@code versie}). */
public final class Versies {

    private Versies() {
    }

    public static String etag(long versie) {
        return "\"" + versie + "\"";
    }

    /**
     * Vergelijkt If-Match met de huidige versie.
     *
     * @param verplicht of een ontbrekende If-Match 428 geeft
     * @return de versie om aan de service mee te geven, of {@code null} als If-Match ontbreekt en niet verplicht is
     * @throws Probleem 428 of 409
     */
    public static Long verwacht(Aanvraag a, long huidig, boolean verplicht, String wat) {
        String h = a.req.getHeader("If-Match");
        if (h == null || h.isBlank()) {
            if (verplicht) {
                throw Probleem.ifMatchVereist();
            }
            return null;
        }
        if (past(h, huidig)) {
            return huidig;
        }
        throw Probleem.conflict(wat + " is intussen gewijzigd (nu versie " + huidig
                + "); haal het opnieuw op en probeer het dan nog eens.");
    }

    /** Of een If-Match- of If-None-Match-waarde de versie noemt ({@code *}, lijsten en {@code W/} inbegrepen). */
    static boolean past(String header, long versie) {
        if (header.trim().equals("*")) {
            return true;
        }
        int i = 0;
        int n = header.length();
        while (i < n) {
            int komma = header.indexOf(',', i);
            if (komma < 0) {
                komma = n;
            }
            String tag = header.substring(i, komma).trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.charAt(0) == '"' && tag.charAt(tag.length() - 1) == '"') {
                tag = tag.substring(1, tag.length() - 1);
            }
            try {
                if (Long.parseLong(tag) == versie) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // een ETag die niet van ons is: past niet
            }
            i = komma + 1;
        }
        return false;
    }

    /** Voor een GET: {@code true} als de client deze versie al heeft (dan 304). */
    public static boolean nietGewijzigd(Aanvraag a, long versie) {
        String h = a.req.getHeader("If-None-Match");
        return h != null && past(h, versie);
    }
}
