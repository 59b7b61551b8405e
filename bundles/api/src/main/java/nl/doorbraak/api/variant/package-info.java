/**
 * SPI voor tafelvarianten: een plug-in registreert een {@link nl.doorbraak.api.variant.TafelVariant} (of een {@link nl.doorbraak.api.variant.Onderdeel}) als OSGi-service.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package nl.doorbraak.api.variant;
