/**
 * SPI voor HTTP-routes van plug-ins: een plug-in registreert een {@link nl.doorbraak.api.http.VariantEndpoint}; de web-bundle routeert ernaar onder {@code /api/gemeenten/{gemeente}/{segment}/...}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package nl.doorbraak.api.http;
