/**
 * Services die de core levert (provider types) en de fouten die ze geven. Plug-ins en de web-bundle gebruiken alleen deze interfaces.
 */
@org.osgi.annotation.versioning.Version("2.1.0")
package nl.doorbraak.api.service;
