/**
 * SPI voor de escalatieroute: een plug-in zet er een niveau boven met een
 * {@link nl.doorbraak.api.escalatie.ExtraEscalatieniveau}-service.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package nl.doorbraak.api.escalatie;
