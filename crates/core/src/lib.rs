//! Baken's domain: the types and rules that every front end shares.
//!
//! Architecture invariant: this crate does no IO. It never opens a file or a database, never reads
//! the clock and never draws random numbers: time and ids are passed in by the caller (`store`, the
//! app, the CLI). That keeps every rule here testable with plain data.
//!
//! Main types: [`Municipality`] and [`Learner`] (with their validated `New…` inputs),
//! [`ProgressEvent`], the course outline [`course::Outline`], and the [`AppSnapshot`] that the UI
//! renders. Errors carry a machine-readable [`ErrorCode`].

pub mod analysis;
pub mod assessment;
pub mod backup;
pub mod certificate;
pub mod content;
pub mod course;
pub mod demo;
pub mod effect;
pub mod error;
pub mod key;
pub mod lang;
pub mod learner;
pub mod lesson;
pub mod municipality;
pub mod overview;
pub mod progress;
pub mod records;
pub mod refresher;
pub mod region;
pub mod scoring;
pub mod seal;
pub mod snapshot;
pub mod window;
pub mod workshop;
pub mod xapi;

pub use error::{ErrorCode, ValidationError};
pub use lang::Language;
pub use learner::{Learner, NewLearner, Role};
pub use lesson::{Action, ModuleView, PageView, Stage};
pub use municipality::{
    CbsCode, Contact, ContactKey, Municipality, MunicipalityProfile, NewContact, NewMunicipality,
};
pub use progress::{Answer, EventKind, ModuleProgress, ModuleStatus, ProgressEvent};
pub use snapshot::{AppSnapshot, LearnerHome, RefusedPack};
