package vn.baocao.conversation;

/**
 * Decides one update: the campaign's {@link Router}, or with several campaigns the choice
 * of the campaign the update belongs to and then its router.
 */
public interface Routing {

	Turn route(Inbound in, DialogState state);

}
