import FluentKit
import Foundation

/// The organization's people: reading them, changing roles, transferring ownership, deactivating and reactivating.
/// Every change takes effect at once: sessions read the user's role and state on every request, and personal tokens'
/// cached callers are evicted by the change's event.
extension AccountService {
    /// The caller's organization's user `id`.
    /// - Throws: ``MissingObject/user``.
    public func user(_ id: UUID, by caller: Caller) async throws -> UserStore.User {
        try caller.require(.readUsers)
        guard let user = try await users.find(id, organizationID: caller.organizationID) else { throw MissingObject.user }
        return user
    }

    /// The caller's organization's user with `email` (case and surrounding spaces ignored), or nil.
    public func user(email: String, by caller: Caller) async throws -> UserStore.User? {
        try caller.require(.readUsers)
        return try await users.find(email: email, organizationID: caller.organizationID)
    }

    /// Gives user `id` the role `role`. Making or unmaking an owner needs ``Permission/manageOwners``.
    /// - Throws: ``PermissionDenied``, ``MissingObject/user``, ``PeopleFailure/lastOwner``.
    public func changeRole(of id: UUID, to role: Role, by caller: Caller) async throws -> UserStore.User {
        try caller.require(.manageUsers)
        if role == .owner { try caller.require(.manageOwners) }
        return try await changeLockedUser(id, by: caller) { model, transaction, activeOwners in
            let current = Role(rawValue: model.role) ?? .viewer
            if current == .owner { try caller.require(.manageOwners) }
            guard current != role else { return }
            if current == .owner, model.deactivatedAt == nil, activeOwners <= 1 { throw PeopleFailure.lastOwner }
            model.role = role.rawValue
            try await model.update(on: transaction.database)
            let hashes = try await OrganizationDirectory(database: transaction.database, clock: writer.clock).tokenHashes(userID: id)
            try await transaction.emit(.userRoleChanged(id: id, role: role, tokenHashes: hashes))
        }
    }

    /// Makes user `id` an owner and the calling owner an admin, in one transaction.
    /// - Throws: ``PermissionDenied``, ``MissingObject/user``, ``PeopleFailure/invalidTransfer(_:)``.
    public func transferOwnership(to id: UUID, by caller: Caller) async throws -> UserStore.User {
        try caller.require(.manageOwners)
        guard let callerID = caller.userID else {
            throw PeopleFailure.invalidTransfer("ownership is transferred by an owner, signed in or with a personal token")
        }
        guard callerID != id else { throw PeopleFailure.invalidTransfer("you are an owner already; choose someone else") }
        return try await changeLockedUser(id, by: caller) { model, transaction, _ in
            guard model.deactivatedAt == nil else {
                throw PeopleFailure.invalidTransfer("\(model.name) is deactivated; reactivate them before making them owner")
            }
            let directory = OrganizationDirectory(database: transaction.database, clock: writer.clock)
            if model.role != Role.owner.rawValue {
                model.role = Role.owner.rawValue
                try await model.update(on: transaction.database)
                try await transaction.emit(.userRoleChanged(id: id, role: .owner, tokenHashes: try await directory.tokenHashes(userID: id)))
            }
            let store = UserStore(database: transaction.database, clock: writer.clock)
            guard let me = try await store.lockedForChange(callerID, organizationID: caller.organizationID) else { throw MissingObject.user }
            me.role = Role.admin.rawValue
            try await me.update(on: transaction.database)
            try await transaction.emit(.userRoleChanged(id: callerID, role: .admin, tokenHashes: try await directory.tokenHashes(userID: callerID)))
        }
    }

    /// Deactivates user `id`: they cannot sign in, and their sessions and personal tokens end at once. Deactivating a
    /// deactivated user changes nothing.
    /// - Throws: ``PermissionDenied``, ``MissingObject/user``, ``PeopleFailure``.
    public func deactivate(_ id: UUID, by caller: Caller) async throws -> UserStore.User {
        try caller.require(.manageUsers)
        guard id != caller.userID else { throw PeopleFailure.cannotDeactivateSelf }
        return try await changeLockedUser(id, by: caller) { model, transaction, activeOwners in
            if model.role == Role.owner.rawValue { try caller.require(.manageOwners) }
            guard model.deactivatedAt == nil else { return }
            if model.role == Role.owner.rawValue, activeOwners <= 1 { throw PeopleFailure.lastOwner }
            model.deactivatedAt = transaction.now
            try await model.update(on: transaction.database)
            try await SessionStore(database: transaction.database, clock: writer.clock).deleteAll(userID: id, keeping: nil)
            let hashes = try await OrganizationDirectory(database: transaction.database, clock: writer.clock).revokeTokens(userID: id)
            try await transaction.emit(.userDeactivated(id: id, tokenHashes: hashes))
        }
    }

    /// Lets deactivated user `id` sign in again (their old personal tokens stay revoked).
    /// - Throws: ``PermissionDenied``, ``MissingObject/user``.
    public func reactivate(_ id: UUID, by caller: Caller) async throws -> UserStore.User {
        try caller.require(.manageUsers)
        return try await changeLockedUser(id, by: caller) { model, transaction, _ in
            if model.role == Role.owner.rawValue { try caller.require(.manageOwners) }
            guard model.deactivatedAt != nil else { return }
            model.deactivatedAt = nil
            try await model.update(on: transaction.database)
            try await transaction.emit(.userReactivated(id: id))
        }
    }

    /// Runs `change` in one write transaction on user `id`'s locked row, with the organization's active owners counted
    /// (their rows locked first, always in one order, so concurrent changes of owners cannot deadlock), and returns the
    /// user as changed.
    private func changeLockedUser(
        _ id: UUID, by caller: Caller,
        _ change: @escaping @Sendable (UserModel, WriteTransaction, _ activeOwners: Int) async throws -> Void
    ) async throws -> UserStore.User {
        let clock = writer.clock
        return try await writer.write(by: caller) { transaction in
            let store = UserStore(database: transaction.database, clock: clock)
            let owners = try await store.lockedActiveOwnerCount(organizationID: caller.organizationID)
            guard let model = try await store.lockedForChange(id, organizationID: caller.organizationID) else { throw MissingObject.user }
            try await change(model, transaction, owners)
            return try UserStore.user(model)
        }
    }
}
