/**
 * Beheer van het platform door mensen: de instellingen van een gemeente (uit haar configuratie in {@code config/},
 * beschreven door haar Metatype) lezen, wijzigen en een nieuwe gemeente aanmaken, en haar eigen huisstijl. Alleen
 * voor de bundles van het platform zelf; een plug-in ziet deze service nooit.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package nl.doorbraak.api.beheer;
