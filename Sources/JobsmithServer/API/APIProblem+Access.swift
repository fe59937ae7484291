import HTTPTypes
import JobsmithCore
import JobsmithDomain

extension APIProblem {
    /// 403 for a role that may not act, naming the missing permission in the message and in `permission`.
    static func forbidden(_ denied: PermissionDenied) -> APIProblem {
        APIProblem(status: .forbidden, detail: denied.description, permission: denied.permission.rawValue)
    }

    /// 422 for a token that cannot be made as asked, naming the field.
    static func tokenProblem(_ failure: TokenFailure) -> APIProblem {
        let pointer =
            switch failure {
            case .invalidName: "/name"
            case .ownerServiceToken: "/role"
            case .userDeactivated, .roleAndUser: "/userId"
            }
        return .validation([.init(pointer: pointer, message: failure.description)])
    }

    /// 422 (or 409 for a taken email) for a user who cannot be made as asked, naming the field.
    static func userProblem(_ failure: UserStore.Failure) -> APIProblem {
        let pointer =
            switch failure {
            case .invalidEmail: "/email"
            case .emailTaken: "/email"
            case .invalidName: "/name"
            case .passwordTooShort, .passwordTooLong: "/password"
            }
        if failure == .emailTaken { return APIProblem(status: .conflict, detail: AuthController.sentence(failure.description)) }
        return .validation([.init(pointer: pointer, message: failure.description)])
    }
}
