package com.newsdesk.mail;

import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.mail.OutboxAdmin.MailRow;
import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mail that did not go out, for admins to look into. */
@Path("/api/v1/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Mail (staff)", description = "Roles: admin.")
public class MailAdminResource {

    private final OutboxAdmin outbox;

    MailAdminResource(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GET
    @Operation(
            operationId = "adminListUndeliveredMail",
            summary = "List mail that failed or whose outcome is unknown",
            description = "Newest first, by page number; both statuses unless status says which. Error text"
                    + " comes without email addresses. Roles: admin.")
    @APIResponse(responseCode = "200", description = "A page of messages.")
    @APIResponse(responseCode = "400", description = "Bad status, page or limit.")
    public NumberedPage<MailRow> list(
            @Parameter(schema = @Schema(enumeration = {"failed", "unknown"})) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        if (status != null && !status.isBlank() && !OutboxAdmin.STATUSES.contains(status)) {
            throw new ProblemException.InvalidInput("status", "Must be failed or unknown");
        }
        return outbox.list(
                status == null || status.isBlank() ? null : status,
                NumberedPage.parsePage(page),
                PageLimit.parse(limit));
    }
}
