//! The eight nag categories of `docs/DESIGN.md` (what each covers:
//! `docs/labels.md`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A kind of nag. The order is the order of [`Category::ALL`] and of the
/// per-category arrays in the classifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Donation,
    Notification,
    Login,
    Paywall,
    Newsletter,
    Cookie,
    AppBanner,
    AdblockWall,
}

impl Category {
    pub const COUNT: usize = 8;
    pub const ALL: [Category; 8] = [
        Category::Donation,
        Category::Notification,
        Category::Login,
        Category::Paywall,
        Category::Newsletter,
        Category::Cookie,
        Category::AppBanner,
        Category::AdblockWall,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Donation => "donation",
            Category::Notification => "notification",
            Category::Login => "login",
            Category::Paywall => "paywall",
            Category::Newsletter => "newsletter",
            Category::Cookie => "cookie",
            Category::AppBanner => "app-banner",
            Category::AdblockWall => "adblock-wall",
        }
    }

    /// A reader-facing label ("donation ask").
    pub fn describe(self) -> &'static str {
        match self {
            Category::Donation => "donation ask",
            Category::Notification => "notification prompt",
            Category::Login => "login or registration prompt",
            Category::Paywall => "subscription prompt",
            Category::Newsletter => "newsletter box",
            Category::Cookie => "cookie banner",
            Category::AppBanner => "open-in-app banner",
            Category::AdblockWall => "ad-blocker wall",
        }
    }

    #[inline]
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for a category name that is not one of the eight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCategory(pub String);

impl fmt::Display for UnknownCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown category {:?} (expected one of: {})",
            self.0,
            Category::ALL.map(|c| c.as_str()).join(", ")
        )
    }
}

impl std::error::Error for UnknownCategory {}

impl FromStr for Category {
    type Err = UnknownCategory;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // "adblock" and "app" are accepted as the short names people use.
        match s.trim().to_ascii_lowercase().as_str() {
            "donation" => Ok(Category::Donation),
            "notification" => Ok(Category::Notification),
            "login" => Ok(Category::Login),
            "paywall" => Ok(Category::Paywall),
            "newsletter" => Ok(Category::Newsletter),
            "cookie" => Ok(Category::Cookie),
            "app-banner" | "app" => Ok(Category::AppBanner),
            "adblock-wall" | "adblock" => Ok(Category::AdblockWall),
            _ => Err(UnknownCategory(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_names() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>().unwrap(), c);
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{c}\""));
        }
        assert!("ads".parse::<Category>().is_err());
    }
}
