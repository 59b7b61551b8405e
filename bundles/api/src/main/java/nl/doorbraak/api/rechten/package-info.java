/**
 * Rechten van plug-ins, naar het voorbeeld van de service users van Apache Sling: een plug-in vraagt in zijn
 * manifest wat hij nodig heeft ({@value nl.doorbraak.api.rechten.Recht#MANIFEST_HEADER}), de configuratie van het
 * platform verleent het, en een plug-in ziet alleen de services die zijn rechten toestaan.
 *
 * <pre>
 * # bnd.bnd van een plug-in
 * Doorbraak-Rechten: casussen, opslag, bsn
 * </pre>
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package nl.doorbraak.api.rechten;
