package nl.doorbraak.web.routes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.http.Probleem;

/**
 * De jar van een plug-in zoals hij geüpload is, gecontroleerd voordat er iets wordt weggeschreven: een leesbare jar
 * met een manifest, een {@code Bundle-SymbolicName} en {@code Bundle-Version}, en een plug-in (hij importeert
 * {@code nl.doorbraak.api}, zoals de core een plug-in herkent; geen fragment). Of de naam van het platform is, beslist
 * {@link BundleBeheer}: dat hangt af van wat er draait.
 *
 * @param symbolischeNaam zonder parameters ({@code ;singleton:=true})
 */
record PluginJar(String symbolischeNaam, Version versie, byte[] inhoud) {

    /** Een symbolische naam die ook als bestandsnaam veilig is: geen /, geen .. aan het begin, geen spaties. */
    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,199}");

    static PluginJar lees(byte[] inhoud) {
        if (inhoud.length == 0) {
            throw ongeldig("De body ontbreekt; stuur het jar-bestand van de plug-in.", "verplicht",
                    "Stuur het jar-bestand als body.");
        }
        // a zip (and so a jar) begins with a local file header
        if (inhoud.length < 4 || inhoud[0] != 'P' || inhoud[1] != 'K' || inhoud[2] != 3 || inhoud[3] != 4) {
            throw ongeldig("Dit is geen jar-bestand. Stuur het jar-bestand van de plug-in (een OSGi-bundle).",
                    "geen-jar", "De body is geen jar-bestand.");
        }
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(inhoud), true)) {
            manifest = in.getManifest();
            // read every entry to the end: a damaged jar fails here (CRC, truncated), not later in the framework
            for (JarEntry e; (e = in.getNextJarEntry()) != null;) {
                if (manifest == null && JarFile.MANIFEST_NAME.equalsIgnoreCase(e.getName())) {
                    manifest = new Manifest(in);
                } else {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ongeldig("Het jar-bestand is beschadigd of onvolledig en kan niet worden gelezen.", "beschadigd",
                    "De jar kan niet worden gelezen.");
        }
        if (manifest == null) {
            throw ongeldig("Het jar-bestand heeft geen manifest (META-INF/MANIFEST.MF); een plug-in is een OSGi-bundle.",
                    "geen-manifest", "Het manifest ontbreekt.");
        }
        Attributes a = manifest.getMainAttributes();
        String naamHeader = a.getValue(Constants.BUNDLE_SYMBOLICNAME);
        String versieHeader = a.getValue(Constants.BUNDLE_VERSION);
        List<VeldFout> fouten = new java.util.ArrayList<>();
        String naam = naamHeader == null ? null : naamHeader.split(";", 2)[0].strip();
        if (naam == null || naam.isEmpty()) {
            fouten.add(new VeldFout(Constants.BUNDLE_SYMBOLICNAME, "verplicht",
                    "Het manifest noemt geen Bundle-SymbolicName."));
        } else if (!NAAM.matcher(naam).matches()) {
            fouten.add(new VeldFout(Constants.BUNDLE_SYMBOLICNAME, "ongeldig",
                    "Een symbolische naam bestaat uit letters, cijfers, punten, streepjes en liggende streepjes."));
        }
        Version versie = null;
        if (versieHeader == null || versieHeader.isBlank()) {
            fouten.add(new VeldFout(Constants.BUNDLE_VERSION, "verplicht", "Het manifest noemt geen Bundle-Version."));
        } else {
            try {
                versie = Version.parseVersion(versieHeader.strip());
            } catch (IllegalArgumentException e) {
                fouten.add(new VeldFout(Constants.BUNDLE_VERSION, "ongeldig",
                        "Geen geldige OSGi-versie (bijvoorbeeld 1.2.0)."));
            }
        }
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Het manifest van de jar beschrijft geen bundle: " + fouten.stream()
                    .map(VeldFout::reden).reduce((x, y) -> x + " " + y).orElse(""), fouten);
        }
        if (a.getValue(Constants.FRAGMENT_HOST) != null) {
            throw ongeldig("Een fragment (Fragment-Host) is geen plug-in.", "geen-plugin",
                    "Een plug-in is een gewone bundle, geen fragment.");
        }
        String imports = a.getValue(Constants.IMPORT_PACKAGE);
        if (imports == null || !imports.contains("nl.doorbraak.api")) {
            throw ongeldig("Dit is geen plug-in van Doorbraak: een plug-in importeert nl.doorbraak.api (zie "
                    + "docs/plugin-guide.md). Bibliotheken en bundles van het platform horen niet in deploy/.",
                    "geen-plugin", "Import-Package noemt nl.doorbraak.api niet.");
        }
        return new PluginJar(naam, versie, inhoud);
    }

    private static Probleem ongeldig(String detail, String code, String reden) {
        return Probleem.ongeldig(detail, new VeldFout("body", code, reden));
    }
}
