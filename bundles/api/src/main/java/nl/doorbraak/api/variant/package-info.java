/**
 * SPI voor tafelvarianten: een plug-in registreert een {@link nl.doorbraak.api.variant.TafelVariant} als OSGi-service.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package nl.doorbraak.api.variant;
