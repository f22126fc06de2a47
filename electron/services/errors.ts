// The error a service throws when its message is meant for the clinician (the gate passes it through);
// any other error stays generic at the boundary. Its own module: services and the gate both use it, and
// neither needs the other for it.
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
