/**
 * Domeintypen van Doorbraak: {@link nl.doorbraak.api.domein.Gemeente}, {@link nl.doorbraak.api.domein.Tafel}, {@link nl.doorbraak.api.domein.Deelnemer}, {@link nl.doorbraak.api.domein.Casus}, {@link nl.doorbraak.api.domein.Escalatie}. Onveranderlijke records; JSON-namen zijn de veldnamen.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package nl.doorbraak.api.domein;
