/**
 * SPI voor HTTP-routes van plug-ins: een plug-in registreert een {@link nl.doorbraak.api.http.VariantEndpoint}; de web-bundle routeert ernaar onder {@code /api/gemeenten/{gemeente}/{segment}/...}; schermen ({@link nl.doorbraak.api.http.Scherm}) komen in het menu en op het casusscherm van de webapplicatie. Een {@link nl.doorbraak.api.http.RijkEndpoint} bedient onder {@code /api/rijk/{segment}/...} wie bij geen gemeente hoort.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package nl.doorbraak.api.http;
