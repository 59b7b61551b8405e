/**
 * Services die de core levert (provider types) en de fouten die ze geven. Plug-ins en de web-bundle gebruiken alleen deze interfaces.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package nl.doorbraak.api.service;
