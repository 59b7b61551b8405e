package nl.doorbraak.jetty;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

/**
 * Gives Jetty's own error answers the platform's form (see {@link Foutantwoord}). Felix HTTP Jetty offers no
 * extension point for Jetty's server-level error handler: a whiteboard error page, filter or preprocessor only sees
 * requests that Jetty has parsed and handed to its servlet context, and {@code org.apache.felix.http.jetty.errorPage
 * CustomHeaders} only adds headers to Jetty's English HTML page. The one service Felix hands Jetty's {@link Server} to
 * is the {@link ConnectorFactory}; this component uses that hand-over to set the error handler, and returns an
 * in-memory {@link Draagconnector} without a socket whose life is the error handler's: when this bundle stops, or
 * Felix restarts Jetty (a changed {@code org.apache.felix.http} configuration), Felix stops that connector and Jetty's
 * own handler is back.
 *
 * <p>The reference to the {@link HttpServiceRuntime} is there for its timing only: Felix registers the runtime after
 * it has listed its own connectors as the HTTP endpoints (a list that expects network connectors), and unregisters it
 * before it stops Jetty. Registered no earlier, this factory is never asked for a connector before that list is made.
 */
@Component(service = ConnectorFactory.class)
public final class JettyFouten implements ConnectorFactory {

    @Activate
    public JettyFouten(@Reference HttpServiceRuntime wachtOpDeRuntime) {
        // nothing to keep: see the class comment for why the reference is here
    }

    @Override
    public Connector createConnector(Server server) {
        return new Draagconnector(server, new Foutantwoord());
    }
}
