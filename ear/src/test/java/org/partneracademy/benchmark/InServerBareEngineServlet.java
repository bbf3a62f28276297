package org.partneracademy.benchmark;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The bare engine as the application embeds it, measured inside the application's WildFly: a second
 * Camunda engine configured as {@code ProcessEngineBootstrap} configures the application's (JTA with
 * WildFly's transaction manager, the application's XA datasource and pool, the same id generator and
 * database type) starting the {@link BareProcess}, with nothing of the application around it: no HTTP
 * request per start, no security, JPA, validation or delegates. The clients are threads of the server;
 * every start is one JTA transaction that the engine begins and commits, as the container does for
 * an EJB call.
 *
 * <p>Test code only: the enrollment benchmark deploys it in a WAR of its own next to the EAR
 * ({@link InServerBareEngine}) and removes it again. {@code POST /run} measures one row and answers
 * {@link ClosedLoop.Result#toText()}; the first call's {@code waits} and {@code cancellable} build the
 * engine. Its history level is the database's, i.e. the application's: Camunda refuses an engine whose
 * level differs from the one recorded in its tables. One measurement at a time.
 */
@WebServlet("/run")
public class InServerBareEngineServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DATASOURCE = "java:jboss/datasources/PartnerAcademyDS";
    private static final String TRANSACTION_MANAGER = "java:jboss/TransactionManager";

    private final AtomicLong ids = new AtomicLong();
    private transient ProcessEngine engine;
    private transient BareProcess process;

    @Override
    protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (engine == null) {
                start(Integer.parseInt(request.getParameter("waits")),
                        Boolean.parseBoolean(request.getParameter("cancellable")));
            }
            var result = ClosedLoop.run(request.getParameter("scenario"),
                    Integer.parseInt(request.getParameter("clients")),
                    Duration.ofSeconds(Long.parseLong(request.getParameter("seconds"))), CpuMeter.ofThisServer(),
                    client -> () -> process.start(ids.incrementAndGet()));
            response.setContentType("text/plain");
            response.getOutputStream().write(result.toText().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.toString());
        } catch (NamingException | RuntimeException e) {
            log("In-server bare engine failed", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.toString());
        }
    }

    /** How many bare instances wait in the engine: every start the run counted must be there. */
    @Override
    protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(process == null ? 0 : process.waitingInstances());
    }

    private void start(int waitStates, boolean cancellable) throws NamingException {
        var configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-in-server");
        configuration.setDataSource(InitialContext.<DataSource>doLookup(DATASOURCE));
        configuration.setTransactionManager(InitialContext.<TransactionManager>doLookup(TRANSACTION_MANAGER));
        configuration.setTransactionsExternallyManaged(true);
        // The application's engine has created Camunda's tables in this database already.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setDatabaseType("mysql");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUTO);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        engine = configuration.buildProcessEngine();
        process = BareProcess.deploy(engine, waitStates, cancellable);
    }

    @Override
    public synchronized void destroy() {
        if (engine != null) {
            engine.close();
        }
    }
}
