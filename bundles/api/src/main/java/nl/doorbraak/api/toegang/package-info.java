/**
 * Gebruikers, rollen en authenticatie.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package nl.doorbraak.api.toegang;
