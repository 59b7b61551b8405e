package nl.doorbraak.jetty;

import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;

/**
 * A connector that accepts nothing (no socket, no acceptor thread): it carries {@link Foutantwoord} into Jetty's
 * {@link Server} while it runs, and puts back the handler that was there when it stops.
 */
final class Draagconnector extends AbstractConnector {

    private final Request.Handler foutantwoord;
    private Request.Handler vorige;

    Draagconnector(Server server, Request.Handler foutantwoord) {
        // no acceptors: connections only ever come through Jetty's own network connectors
        super(server, null, null, null, 0, new HttpConnectionFactory());
        this.foutantwoord = foutantwoord;
        setName("doorbraak-foutantwoorden");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        vorige = getServer().getErrorHandler();
        getServer().setErrorHandler(foutantwoord);
    }

    @Override
    protected void doStop() throws Exception {
        if (getServer().getErrorHandler() == foutantwoord) {
            getServer().setErrorHandler(vorige);
        }
        vorige = null;
        super.doStop();
    }

    @Override
    protected void accept(int acceptorID) {
        throw new UnsupportedOperationException("deze connector neemt geen verbindingen aan");
    }

    @Override
    public Object getTransport() {
        return null;
    }
}
