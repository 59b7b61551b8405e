/**
 * Opslag van eigen plug-in-gegevens: geversioneerde JSON-documenten per gemeente, afgeschermd per plug-in-bundle.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package nl.doorbraak.api.opslag;
