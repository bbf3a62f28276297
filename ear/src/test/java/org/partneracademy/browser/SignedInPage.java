package org.partneracademy.browser;

import org.openqa.selenium.By;

/** A page with the signed-in shell: the main menu and the sign-out button. */
abstract class SignedInPage extends Page {

    protected SignedInPage(Browser browser, String path, By shownBy) {
        super(browser, path, shownBy);
    }

    /** Opens {@code path} signed out and signs in as {@code user} on the way: sign-in returns to the page asked for. */
    protected static void openSigningInAs(Browser browser, String path, String user) {
        browser.open(path);
        new LoginPage(browser).signIn(user);
    }

    public String signedInUser() {
        return find(By.cssSelector(".signed-in strong")).getText();
    }

    public LoginPage signOut() {
        find(By.id("shell:signOut")).click();
        return new LoginPage(browser);
    }

    public CatalogPage openCatalog() {
        find(By.id("shell:menuCatalog")).click();
        return new CatalogPage(browser);
    }

    public PartnersPage openPartners() {
        find(By.id("shell:menuPartners")).click();
        return new PartnersPage(browser);
    }

    public RegistrationReportPage openRegistrationReport() {
        find(By.id("shell:menuRegistrationReport")).click();
        return new RegistrationReportPage(browser);
    }

    public StatementsPage openStatements() {
        find(By.id("shell:menuStatements")).click();
        return new StatementsPage(browser);
    }

    public StatementOverviewPage openStatementOverview() {
        find(By.id("shell:menuStatementOverview")).click();
        return new StatementOverviewPage(browser);
    }

    public TeamPage openTeam() {
        find(By.id("shell:menuTeam")).click();
        return new TeamPage(browser);
    }

    public DashboardPage openDashboard() {
        find(By.id("shell:menuDashboard")).click();
        return new DashboardPage(browser);
    }

    public MyPathsPage openMyPaths() {
        find(By.id("shell:menuMyPaths")).click();
        return new MyPathsPage(browser);
    }

    public MyLearningPage openMyLearning() {
        find(By.id("shell:menuLearning")).click();
        return new MyLearningPage(browser);
    }

    /** The unread count shown next to "Notifications" in the header. */
    public int unreadNotifications() {
        return Integer.parseInt(find(By.cssSelector("#shell\\:notificationsLink .unread-count")).getText().trim());
    }

    public NotificationsPage openNotifications() {
        find(By.id("shell:notificationsLink")).click();
        return new NotificationsPage(browser);
    }

    public SessionsPage openSessions() {
        find(By.id("shell:menuUpcomingSessions")).click();
        return new SessionsPage(browser);
    }

    public ApprovalsPage openApprovals() {
        find(By.id("shell:menuApprovals")).click();
        return new ApprovalsPage(browser);
    }
}
